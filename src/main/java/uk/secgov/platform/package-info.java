/**
 * Technical wiring only, one subpackage per concern: the embedded process engine ({@code engine}), database
 * migrations and the clock ({@code persistence}), the REST application and its problem responses ({@code rest}),
 * the authentication mechanism and {@code @Allowed} ({@code security}), Faces settings, showing refusals and the
 * response policy ({@code web}), the refusal vocabulary every feature's exceptions extend ({@code refusal}), the
 * input rules ({@code input}), the UK date and time formats ({@code time}), safe CSV and attachments
 * ({@code output}) and e-mail ({@code mail}). No business rule lives here; features depend on it, and it depends on
 * no feature: where it needs one, it owns an interface the feature implements ({@code security.ActiveCallers}).
 */
package uk.secgov.platform;
