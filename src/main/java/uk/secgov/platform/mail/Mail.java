package uk.secgov.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notification e-mail through the server's mail session ({@code java:jboss/mail/secgov}: SMTP_HOST,
 * SMTP_PORT, MAIL_FROM). Sent on a managed thread, so a slow or absent mail server never holds up
 * or undoes the work that caused it; a failure is logged with the recipients and subject.
 */
@ApplicationScoped
public class Mail {

    private static final Logger LOG = Logger.getLogger(Mail.class.getName());

    @Resource(lookup = "java:jboss/mail/secgov")
    Session session;

    /* By its global name, as the bean may first be made on a job executor thread, which has no java:comp. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    /** The address links in messages start with (SECGOV_BASE_URL, system property {@code secgov.base-url}). */
    public static String baseUrl() {
        String url = System.getProperty("secgov.base-url", "http://localhost:8080/");
        return url.endsWith("/") ? url : url + "/";
    }

    public void send(List<String> to, String subject, String body) {
        if (to.isEmpty()) {
            return;
        }
        executor.submit(() -> {
            try {
                MimeMessage message = new MimeMessage(session);
                for (String address : to) {
                    message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
                }
                message.setSubject(subject, "UTF-8");
                message.setText(body, "UTF-8");
                message.setSentDate(new Date());
                Transport.send(message);
            } catch (MessagingException | RuntimeException failed) {
                LOG.log(Level.WARNING, "Could not send '" + subject + "' to " + to + ": " + failed.getMessage());
            }
        });
    }
}
