/**
 * The Central Products List register: Device Models and their append-only Hash histories, entry statuses, CPA
 * warnings and renewals, the public CPL and its export, the import of an existing list, and the submission form
 * (its columns, template and reader) that Suppliers and the DCC fill in (Appendix Z 4.2). The submissions and the
 * Hash conflict investigations are features of their own ({@code cplsubmission}, {@code hashconflict}) that depend
 * on this one; what the register needs from them it asks through ports it owns ({@code SubmittedDeviceModel},
 * {@code SubmissionReferences}). A Hash is an {@code ImageHash}; what a Device Model is (type, manufacturer, model,
 * versions, CPA certificate, upgrade paths) is one embeddable {@code DeviceModelDescription}, whose manufacturer is
 * the {@code party} feature's {@code ManufacturerId}, the identifier the manufacturer registered with.
 */
package uk.secgov.cpl;
