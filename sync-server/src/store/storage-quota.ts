import type { UpdateStore } from './update-store';

/**
 * The relay's total-storage quota: how much the store takes, asked every `everyMs` (the store answers cheaply, but
 * not on every keystroke), and whether it has reached `maxBytes`. Once full, updates that add rows and new plans are
 * refused until an operator makes room; what is stored stays readable.
 */
export class StorageQuota {
  private used = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly store: UpdateStore,
    readonly maxBytes: number,
    private readonly log: (event: string, detail: Record<string, unknown>) => void,
    everyMs = 5000,
  ) {
    this.timer = setInterval(() => void this.refresh(), everyMs);
    this.timer.unref();
  }

  /** Reads the store's size now. */
  async refresh(): Promise<void> {
    try {
      this.used = await this.store.totalBytes();
    } catch (error) {
      this.log('storage-size-failed', { error: String(error) });
    }
  }

  get usedBytes(): number {
    return this.used;
  }

  get full(): boolean {
    return this.used >= this.maxBytes;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
