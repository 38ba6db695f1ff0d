/** Whether this code runs from the bundles in dist/, where the files the build writes beside them exist. */
export declare const BUNDLED: boolean;
