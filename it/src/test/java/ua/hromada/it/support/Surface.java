package ua.hromada.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ua.hromada.core.api.ApiApplication;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolPage;
import ua.hromada.core.web.CommunityPages;

/**
 * Every page and endpoint the application serves, read from the application itself: core's
 * community pages and every tool manifest's pages, the Facelets views outside communities, the
 * servlets and the JAX-RS resources, with the parameters each one reads. A page or endpoint added
 * later is walked without anyone listing it.
 */
public final class Surface {
    /** The web module's views, beside this module (Failsafe runs in {@code it/}). */
    public static final java.nio.file.Path WEBAPP = java.nio.file.Path.of("..", "web", "src", "main", "webapp");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam[^>]*\\bname=\"([^\"]+)\"");
    private static final Pattern REQUEST_PARAM = Pattern.compile(
            "getParameter\\(\"([a-zA-Z_]+)\"\\)|getRequestParameterMap\\(\\)\\.get\\(\"([a-zA-Z_]+)\"\\)");
    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class, DELETE.class);

    /** A page below {@code /{community}} ({@code {id}} or {@code {tool}} in its path) or of the platform. */
    public record Page(String path, String view, Set<String> parameters) {
        /** Pages of the community's console: officials only. */
        public boolean console() {
            return path.startsWith("/admin");
        }
    }

    /** One API operation: its method, path template under the context root and query parameters. */
    public record Endpoint(String method, String path, Set<String> parameters) {
    }

    private Surface() {
    }

    /** Core's one open-data template as each set the tools' manifests list (the path itself when it is not that template). */
    private static List<String> openDataSets(String path) {
        if (!path.contains("/open-data/{name}")) {
            return List.of(path);
        }
        return manifests().stream().flatMap(tool -> tool.datasets().stream()).map(d -> path.replace("{name}", d.name())).toList();
    }

    /** Every tool manifest compiled into the application (the registry finds the same beans). */
    public static List<ToolManifest> manifests() {
        List<ToolManifest> found = new ArrayList<>();
        for (Class<?> type : classesBeside(ToolManifest.class)) {
            if (ToolManifest.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                try {
                    found.add((ToolManifest) type.getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(type + " cannot be read outside the container", e);
                }
            }
        }
        return found;
    }

    /** Core's community pages and every tool's, each with the parameters its view reads. */
    public static List<Page> communityPages() {
        List<ToolPage> pages = new ArrayList<>(CommunityPages.corePages());
        manifests().forEach(tool -> pages.addAll(tool.pages()));
        return pages.stream().map(p -> new Page(p.path(), p.view(), parametersOf(p.view()))).toList();
    }

    /** Facelets views and servlets outside communities (the landing page, cabinet, platform console, sign-in). */
    public static List<Page> platformPages() {
        List<Page> pages = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                String view = "/" + WEBAPP.relativize(file).toString().replace('\\', '/');
                if (!view.startsWith("/WEB-INF/") && !view.startsWith("/community/")) {
                    pages.add(new Page(view, view, parametersOf(view)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String servlet : servletPaths()) {
            if (!servlet.startsWith("/community/")) {
                pages.add(new Page(servlet, servlet, parametersOf(servlet)));
            }
        }
        return pages;
    }

    /** Views under {@code /community/} that no community page serves: unreachable, or a route was forgotten. */
    public static Set<String> unroutedCommunityViews() {
        Set<String> routed = new TreeSet<>();
        communityPages().forEach(p -> routed.add(p.view().replaceAll("\\?.*", "")));
        Set<String> views = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP.resolve("community"))) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(v -> !routed.contains(v)).forEach(views::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return views;
    }

    /** Every JAX-RS operation of the web module, with the full path under the context root. */
    public static List<Endpoint> endpoints() {
        String root = ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : classesBeside(ApiApplication.class)) {
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : resource.getDeclaredMethods()) {
                for (Class<? extends Annotation> http : HTTP_METHODS) {
                    if (m.isAnnotationPresent(http)) {
                        Path sub = m.getAnnotation(Path.class);
                        Set<String> query = new TreeSet<>();
                        for (Parameter p : m.getParameters()) {
                            QueryParam q = p.getAnnotation(QueryParam.class);
                            if (q != null) {
                                query.add(q.value());
                            }
                        }
                        String path = (root + base.value() + (sub == null ? "" : sub.value())).replaceAll("\\{(\\w+): [^}]*}", "{$1}");
                        for (String concrete : openDataSets(path)) {
                            endpoints.add(new Endpoint(http.getSimpleName(), concrete, query));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    /** The parameters a view or servlet reads: its view parameters, or those its source asks the request for. */
    private static Set<String> parametersOf(String view) {
        Set<String> names = new TreeSet<>(Set.of("lang"));
        String plain = view.replaceAll("\\?.*", "");
        java.nio.file.Path file = WEBAPP.resolve(plain.substring(1));
        if (plain.endsWith(".xhtml") && Files.isRegularFile(file)) {
            collect(VIEW_PARAM, read(file), names);
        } else {
            // a servlet: the request parameters its class reads
            for (Class<?> servlet : servletClasses()) {
                if (Arrays.asList(servlet.getAnnotation(WebServlet.class).value()).contains(plain)) {
                    collect(REQUEST_PARAM, source(servlet), names);
                }
            }
        }
        return names;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    into.add(m.group(g));
                }
            }
        }
    }

    private static List<String> servletPaths() {
        return servletClasses().stream().flatMap(c -> Arrays.stream(c.getAnnotation(WebServlet.class).value())).sorted().toList();
    }

    private static List<Class<?>> servletClasses() {
        return classesBeside(ApiApplication.class).stream().filter(c -> c.isAnnotationPresent(WebServlet.class)).toList();
    }

    private static String source(Class<?> type) {
        java.nio.file.Path file = java.nio.file.Path.of("..", "web", "src", "main", "java", type.getName().replace('.', '/') + ".java");
        return Files.isRegularFile(file) ? read(file) : "";
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level classes of the jar or directory {@code anchor} was loaded from. */
    private static List<Class<?>> classesBeside(Class<?> anchor) {
        List<String> names = new ArrayList<>();
        try {
            java.nio.file.Path location = java.nio.file.Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location)) {
                    files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        names.add(e.nextElement().getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class")) {
                try {
                    classes.add(Class.forName(name.replaceAll("\\.class$", "").replace('/', '.'), false, Surface.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot read " + name, e);
                }
            }
        }
        return classes;
    }
}
