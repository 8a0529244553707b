package ua.hromada.core.document;

import java.io.InputStream;

/** A file a person chose in a form, as a tool's bean takes it to {@link Documents#store}: the name the browser sent and its bytes. */
public record Upload(String fileName, InputStream content) {
}
