package org.seedprint.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The form sign-in page; Spring Security handles POST /login and POST /logout. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
