package dev.kg.store;

import java.util.Optional;

/**
 * The generation a store's last build left, checked against its manifest: its stamp (its name, {@code Data-NNNN},
 * and which write it holds), what it was built from (empty for a store built by a kg that did not record it), its
 * size, and the last full build's baseline (empty with the inputs).
 */
public record PreviousBuild(StoreStamp stamp, Optional<BuildInputs> inputs, StoreSize size, Optional<StoreBaseline> baseline) {

    public String generation() {
        return stamp.generation();
    }
}
