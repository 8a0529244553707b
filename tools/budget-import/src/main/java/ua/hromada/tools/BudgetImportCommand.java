package ua.hromada.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * {@code ./hromada budget import FILE.pb --community SLUG [--rule VOTES|EQUAL_SHARES] [--title T]}:
 * sends the file to the running server's budget import over WildFly's management interface
 * (JMX, {@code remote+http}), which lets in the same OS user of the same machine without a
 * password (JBOSS-LOCAL-USER), and prints the new contest's results as the public API's JSON.
 * A refusal is printed, in the language of {@code --language} or the environment, on stderr with
 * a non-zero exit.
 */
public final class BudgetImportCommand {
    static final String MBEAN = "ua.hromada:type=BudgetImport";
    static final String MANAGEMENT = "127.0.0.1:9990";

    private final ResourceBundle texts;
    private final String language;

    private BudgetImportCommand(String language) {
        this.language = language;
        // no fallback to the JVM's default locale: Ukrainian is the base bundle, whatever the machine's locale
        this.texts = ResourceBundle.getBundle("budget-import", "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("uk"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void main(String[] args) {
        // the connector's libraries announce their versions; the operator reads only the answer
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command: 0 with the results JSON on {@code out}; 1 with the reason on {@code err}; 2 for wrong arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        String file = null;
        boolean wrong = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length
                    && List.of("--community", "--rule", "--title", "--management", "--language").contains(args[i])) {
                options.put(args[i].substring(2), args[++i]);
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                wrong = true;
            }
        }
        String env = System.getenv().getOrDefault("LANG", "");
        BudgetImportCommand command = new BudgetImportCommand(options.getOrDefault("language", env.startsWith("en") ? "en" : "uk"));
        if (wrong || file == null || !options.containsKey("community")) {
            err.println(command.text("usage"));
            return 2;
        }
        return command.importFile(Path.of(file), options, out, err);
    }

    private int importFile(Path file, Map<String, String> options, PrintStream out, PrintStream err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            err.println(text("unreadable", file, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return 1;
        }
        String management = options.getOrDefault("management", MANAGEMENT);
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:remote+http://" + management), Map.of())) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            Object json = server.invoke(new ObjectName(MBEAN), "importPabulib",
                    new Object[] {options.get("community"), options.getOrDefault("rule", "EQUAL_SHARES"), options.getOrDefault("title", ""),
                        bytes, language},
                    new String[] {String.class.getName(), String.class.getName(), String.class.getName(), byte[].class.getName(),
                        String.class.getName()});
            out.println(json);
            return 0;
        } catch (RuntimeMBeanException | MBeanException e) {
            // the server's reason, already in the asked language
            Throwable why = e.getCause() == null ? e : e.getCause();
            err.println(why.getMessage());
            return 1;
        } catch (InstanceNotFoundException e) {
            err.println(text("not-deployed", management, MBEAN));
            return 1;
        } catch (IOException e) {
            err.println(text("unreachable", management, e.getMessage()));
            return 1;
        } catch (javax.management.JMException e) {
            err.println(text("refused", e.getMessage()));
            return 1;
        }
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
