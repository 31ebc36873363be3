package dev.kg.jena;

import org.apache.jena.tdb2.DatabaseMgr;

/** Holds the TDB2 store at {@code args[0]} open, and so its lock, until killed: another process for lock tests. */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        DatabaseMgr.connectDatasetGraph(args[0]);
        Thread.sleep(120_000);
    }
}
