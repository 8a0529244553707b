package ua.hromada.core.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Root of the JSON API; resources are discovered by annotation. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
