package org.latentlab.persistence;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON files a person can hand the app (spec, metrics, session, preset), read within bounds:
 * a size limit, a nesting limit checked before parsing, UTF-8 checked, and whole numbers checked
 * for their range instead of wrapping. Every failure is an {@link IllegalArgumentException} whose
 * message is a clause ("it nests deeper than 64 levels") for the caller's sentence.
 */
final class JsonText {
    /** No file the app writes nests deeper than 4 levels. */
    static final int MAX_DEPTH = 64;

    private JsonText() {}

    /** The file's text, refused when it is larger than {@code maxBytes} or not UTF-8. */
    static String read(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IllegalArgumentException("it is " + size + " bytes, more than the " + maxBytes + " such a file can hold");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in.readNBytes((int) maxBytes + 1), maxBytes);
        }
    }

    /** UTF-8 bytes as text, refused when longer than {@code maxBytes} or not UTF-8. */
    static String decode(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException("it is larger than the " + maxBytes + " bytes such a file can hold");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("it is not UTF-8 text");
        }
    }

    /** Parses {@code text}, refusing it first when its brackets nest deeper than {@link #MAX_DEPTH}. */
    static JsonElement parse(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new IllegalArgumentException("it nests deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return JsonParser.parseString(text);
    }

    /** The whole number {@code e} holds, between {@code min} and {@code max}; {@code key} names it in the message. */
    static long wholeNumber(JsonElement e, String key, long min, long max) {
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("it has no " + key);
        }
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            throw new IllegalArgumentException("its " + words(key) + " is " + shorten(e) + ", not a number");
        }
        BigDecimal v;
        try {
            v = p.getAsBigDecimal();
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("its " + words(key) + " is " + shorten(e) + ", not a number");
        }
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("its " + words(key) + " is " + shorten(e) + ", not a whole number");
        }
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException("its " + words(key) + " is " + shorten(e) + ", not between " + min + " and " + max);
        }
        return v.longValueExact();
    }

    /** A value as it would be quoted in a message, at most 40 characters. */
    static String shorten(JsonElement e) {
        String s = e.toString();
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** A JSON key as a person reads it: {@code latent_size} is "latent size". */
    static String words(String key) {
        return key.replace('_', ' ');
    }
}
