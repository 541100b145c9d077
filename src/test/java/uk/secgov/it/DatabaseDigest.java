package uk.secgov.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Test deployments only (never in the shipped WAR): {@code GET /it/database-digest} answers one line per table,
 * {@code table=sha256}, a digest of every row of the application's tables and of the process engine's runtime
 * tables that a person's action changes (tasks, their assignees and candidates, executions, variables). Two equal
 * answers mean nothing was recorded in between; the lines that differ name the tables that changed. Tables the
 * application changes on its own (the engine's jobs and history, Flyway's history) are left out.
 */
@WebServlet("/it/database-digest")
public class DatabaseDigest extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The engine's runtime tables a task action changes; the rest of ACT_* changes with the job executor. */
    private static final Set<String> ENGINE_TABLES = Set.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_EXECUTION",
            "ACT_RU_VARIABLE");

    @Resource
    transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                digests.put(table, digest(connection, table));
            }
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IOException("Could not read the database", e);
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        StringBuilder body = new StringBuilder();
        digests.forEach((table, digest) -> body.append(table).append('=').append(digest).append('\n'));
        response.getWriter().write(body.toString());
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String upper = name.toUpperCase(Locale.ROOT);
                boolean engine = upper.startsWith("ACT_");
                if ((engine && ENGINE_TABLES.contains(upper)) || (!engine && !upper.startsWith("FLYWAY_"))) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    /** Rows in a stable order (sorted as text), so the digest depends on what is stored, not on how it is read. */
    private static String digest(Connection connection, String table) throws SQLException, NoSuchAlgorithmException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + connection.getMetaData()
                        .getIdentifierQuoteString() + table + connection.getMetaData().getIdentifierQuoteString())) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    if (value instanceof byte[] bytes) {
                        value = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                    } else if (value instanceof java.sql.Blob || value instanceof java.sql.Clob) {
                        value = rs.getString(i);
                    }
                    row.append(value).append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String row : rows) {
            sha.update(row.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return rows.size() + ":" + HexFormat.of().formatHex(sha.digest());
    }
}
