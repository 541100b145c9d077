package uk.secgov.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The external REST contract, version 1 (docs/api.md). */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
