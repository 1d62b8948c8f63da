package org.latentlab.errors;

import com.google.gson.JsonSyntaxException;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception into the one sentence a person sees: the exception's own words where it has
 * some, a plain sentence for the file system's and the JSON parser's, and never a class name.
 */
public final class Sentences {
    private static final Logger LOG = LoggerFactory.getLogger(Sentences.class);
    private static final String INTERNAL = "Something went wrong inside Latent Lab; the log has the details.";
    /** A Java class name opening a message ({@code com.google.gson.stream.MalformedJsonException: }). */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|$)");
    private static final Pattern JSON_PATH = Pattern.compile(";?\\s+(?:at\\s+)?path \\$\\S*");
    private static final Pattern NUMBER = Pattern.compile("^For input string: \"(.*)\"(?: under radix \\d+)?$");
    /** Gson's wording for a value of the wrong kind ({@code Expected an int but was one at line 1 column 17}). */
    private static final Pattern GSON_KIND = Pattern.compile(
            "^Expected an? (int|long|double|number) but was (.*?) at (line \\d+ column \\d+).*$", Pattern.CASE_INSENSITIVE);

    /** Layers that know some failures better than their messages say (the engine's failed download), asked first. */
    private static final java.util.List<java.util.function.Function<Throwable, java.util.Optional<String>>> READERS =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private Sentences() {}

    /** Adds {@code reader}: for a throwable it recognises, its sentence is the one every caller shows. */
    public static void recognise(java.util.function.Function<Throwable, java.util.Optional<String>> reader) {
        if (!READERS.contains(reader)) {
            READERS.add(reader);
        }
    }

    private static String known(Throwable e) {
        for (var reader : READERS) {
            java.util.Optional<String> s = reader.apply(e);
            if (s.isPresent()) {
                return s.get();
            }
        }
        return null;
    }

    /** The sentence for {@code e}. */
    public static String of(Throwable e) {
        return of(e, INTERNAL);
    }

    /** The sentence for {@code e}, or {@code otherwise} when nothing in it says what went wrong. */
    public static String of(Throwable e, String otherwise) {
        String known = known(e);
        if (known != null) {
            return known;
        }
        Reason r = reason(e);
        return r == null ? sentence(otherwise) : sentence(r.generated() ? capitalise(r.text()) : r.text());
    }

    /** {@code lead}, a colon and why ({@code Could not save x: the disk is full.}), or {@code lead.} when nothing says why. */
    public static String after(String lead, Throwable e) {
        String l = withoutStop(lead.strip());
        String known = known(e);
        if (known != null) {
            return known;
        }
        Reason r = reason(e);
        return r == null ? l + "." : sentence(l + ": " + withoutStop(r.text()));
    }

    /** Why {@code e} happened, as a clause, or null when nothing in it says. */
    private static Reason reason(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof FileSystemException fs && fs.getFile() != null) {
            return new Reason(fileSystem(fs), true);
        }
        if (isBug(t)) {
            LOG.warn("An internal error, shown to the person as one sentence", e);
            return null;
        }
        String m = clean(t.getMessage());
        if (t instanceof NumberFormatException && m != null) {
            Matcher n = NUMBER.matcher(m);
            if (n.matches()) {
                m = "'" + n.group(1) + "' is not a number";
            }
        }
        if (isJsonSyntax(e, t)) {
            String detail = m == null ? null : JSON_PATH.matcher(m).replaceAll("");
            Matcher kind = detail == null ? null : GSON_KIND.matcher(detail);
            if (kind != null && kind.matches()) {
                detail = "'" + kind.group(2) + "' is not a number, at " + kind.group(3);
            }
            return new Reason(detail == null ? "the text is not valid JSON" : "the text is not valid JSON (" + uncapitalise(withoutStop(detail)) + ")", true);
        }
        if (t instanceof NumberFormatException && m != null && m.endsWith("is not a number")) {
            return new Reason(m, true);
        }
        if (m != null) {
            return new Reason(m, false);
        }
        if (t instanceof OutOfMemoryError) {
            return new Reason("Latent Lab ran out of memory", true);
        }
        if (t instanceof InterruptedException || t instanceof CancellationException) {
            return new Reason("the work was cancelled", true);
        }
        if (t instanceof IOException) {
            return new Reason("a file could not be read or written", true);
        }
        return null;
    }

    /** The exception that says what went wrong: past wrappers and exceptions that only repeat their cause. */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int depth = 0; depth < 20 && t.getCause() != null && t.getCause() != t; depth++) {
            Throwable cause = t.getCause();
            String m = t.getMessage();
            boolean wrapper = t instanceof CompletionException || t instanceof ExecutionException || t instanceof UncheckedIOException
                    || t instanceof InvocationTargetException || t instanceof UndeclaredThrowableException;
            boolean repeats = m == null || m.isBlank() || m.equals(cause.toString()) || m.startsWith(cause.getClass().getName());
            if (!wrapper && !repeats) {
                break;
            }
            t = cause;
        }
        return t;
    }

    /** Whether {@code e}, or a wrapper between it and {@code t}, or {@code t} is the JSON parser's complaint. */
    private static boolean isJsonSyntax(Throwable e, Throwable t) {
        for (Throwable x = e; x != null; x = x == t ? null : x.getCause()) {
            if (x instanceof JsonSyntaxException || x instanceof MalformedJsonException) {
                return true;
            }
        }
        return false;
    }

    private static String fileSystem(FileSystemException e) {
        String file = e.getFile();
        if (e instanceof NoSuchFileException) {
            return "there is no file or folder at " + file;
        }
        if (e instanceof AccessDeniedException) {
            return "permission to use " + file + " was denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return file + " already exists";
        }
        if (e instanceof NotDirectoryException) {
            return file + " is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder " + file + " is not empty";
        }
        String why = clean(e.getReason());
        return why == null ? file + " could not be read or written" : file + " could not be read or written (" + uncapitalise(withoutStop(why)) + ")";
    }

    /** Exceptions whose message is a programmer's, not a sentence for a person. */
    private static boolean isBug(Throwable t) {
        return t instanceof NullPointerException || t instanceof ClassCastException || t instanceof IndexOutOfBoundsException
                || t instanceof ArithmeticException || t instanceof NegativeArraySizeException || t instanceof ArrayStoreException;
    }

    /** The message on one line, without class names or links to troubleshooting pages; null when it is empty. */
    private static String clean(String message) {
        if (message == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : message.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("See http")) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(l);
        }
        String m = kept.toString();
        for (Matcher c = CLASS_PREFIX.matcher(m); c.find(); c = CLASS_PREFIX.matcher(m)) {
            m = m.substring(c.end()).strip();
        }
        return m.isEmpty() ? null : m;
    }

    private static String sentence(String text) {
        String s = text.strip();
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    private static String withoutStop(String text) {
        return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Lower-cases a first letter that starts an ordinary word ("Unterminated"), not an acronym ("JSON"). */
    private static String uncapitalise(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }

    /** A clause, and whether this class wrote it (so it may be capitalised) or the exception did. */
    private record Reason(String text, boolean generated) {}
}
