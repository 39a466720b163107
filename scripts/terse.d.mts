export function terse(code: string, options?: { module?: boolean; map?: { content: string; url: string } }): Promise<{ code: string; map?: string | object }>;
