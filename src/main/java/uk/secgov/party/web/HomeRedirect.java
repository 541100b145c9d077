package uk.secgov.party.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /home}: sends a signed-in person to the home page of their (first) role. */
@WebServlet("/home")
public class HomeRedirect extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + currentUser.getHomePath());
    }
}
