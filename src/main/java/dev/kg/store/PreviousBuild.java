package dev.kg.store;

import java.util.Optional;

/**
 * The generation a store's last build left, checked against its manifest: its name ({@code Data-NNNN}), what it
 * was built from (empty for a store built by a kg that did not record it), and its size.
 */
public record PreviousBuild(String generation, Optional<BuildInputs> inputs, StoreSize size) {
}
