export function serverArgs(): { port: number; data: string };
export function announce(name: string, port: number): void;
