/**
 * The parts of an image reference: `registry:5000/team/app:1.2@sha256:…` is the repository
 * `registry:5000/team/app`, tag `1.2` (null when there is none, which means `latest`), and a
 * digest. A colon before the last `/` belongs to the registry's port, not a tag.
 */
export declare function imageFacts(reference: string): {
    repository: string;
    tag: string | null;
    digest: boolean;
};
