package dev.kg.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How far along a claimed fact is, as its article tells it. */
public enum Status {
    REPORTED("reported"),
    RUMOURED("rumoured"),
    IN_TALKS("in-talks"),
    COMPLETED("completed"),
    PROJECTED("projected"),
    ACTUAL("actual"),
    OPEN("open"),
    CLOSED("closed"),
    FORMER("former"),
    WINDING_DOWN("winding-down");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    /** The word curators write in mapping files. */
    public String key() {
        return key;
    }

    public static Optional<Status> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Status::key).toList();
    }
}
