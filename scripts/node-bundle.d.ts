/** scripts/node-bundle.js: the Node hosts bundled into out/node. */
export declare const BUNDLE_DIR: string;
/** The bundle's CLI module under root (the project's by default) when newer than every source file; otherwise null. */
export declare function freshBundle(root?: string): string | null;
export declare function buildNodeBundle(): Promise<void>;
