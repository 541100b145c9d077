/** What the product writes for other programs to open: CSV cells and downloaded files, made safe whatever was uploaded. */
package uk.secgov.platform.output;
