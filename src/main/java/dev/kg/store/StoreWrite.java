package dev.kg.store;

/** What a build wrote into a store: the generation's new size, the stamp of the write, and the last full build's baseline. */
public record StoreWrite(StoreSize size, StoreStamp stamp, StoreBaseline baseline) {
}
