/**
 * The parts of an image reference: `registry:5000/team/app:1.2@sha256:…` is the repository
 * `registry:5000/team/app`, tag `1.2` (null when there is none, which means `latest`), and a
 * digest. A colon before the last `/` belongs to the registry's port, not a tag.
 */
export function imageFacts(reference: string): { repository: string; tag: string | null; digest: boolean } {
  const at = reference.indexOf("@");
  const name = at < 0 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(":");
  const tagged = colon > name.lastIndexOf("/");
  return {
    repository: tagged ? name.slice(0, colon) : name,
    tag: tagged ? name.slice(colon + 1) : null,
    digest: at >= 0 && /^sha256:[a-f0-9]{64}$/.test(reference.slice(at + 1)),
  };
}
