package io.github.somepolicy.model;

/** Building and reading JSON Pointers (RFC 6901). */
public final class JsonPointers {

    private JsonPointers() {}

    /** The pointer of a child, given the parent's pointer and the key or index. */
    public static String append(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of an item of a sequence. */
    public static String append(String parent, int index) {
        return parent + "/" + index;
    }

    /** Reads one reference token. */
    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
