package dev.kg.store;

/** What a build wrote into a store: the generation's new size, and the stamp of the write. */
public record StoreWrite(StoreSize size, StoreStamp stamp) {
}
