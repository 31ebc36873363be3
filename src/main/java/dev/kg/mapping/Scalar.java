package dev.kg.mapping;

import dev.kg.error.SourceLocation;

/** A YAML scalar value and where it stands. */
public record Scalar(String value, SourceLocation at) {
}
