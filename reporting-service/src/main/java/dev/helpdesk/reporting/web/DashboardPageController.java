package dev.helpdesk.reporting.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /dashboard}: the ops dashboard's page, plain HTML that loads its script and styles
 * from {@code /dashboard/} (static resources of this service, no build step, nothing from another
 * site). The page carries no data and needs no token; every figure it shows is read with the
 * user's bearer token from the reports API.
 */
@Controller
class DashboardPageController {

    static final String PAGE = "/dashboard";
    private static final Resource INDEX = new ClassPathResource("static/dashboard/index.html");

    @GetMapping({PAGE, PAGE + "/"})
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).body(INDEX);
    }
}
