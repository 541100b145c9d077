package uk.secgov.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches on CDI for Faces artefacts ({@code @Inject FacesContext}, {@code #{...}} resolution via CDI). */
@FacesConfig
@ApplicationScoped
public class FacesProducers {
}
