export declare const cspDirectives: string[]
export declare const metaPolicy: string
export declare const headerPolicy: string
