package org.daksetu.booking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.daksetu.booking.application.LabelFormat;
import org.daksetu.booking.application.Labels;
import org.daksetu.platform.security.ApiKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/labels")
@Tag(name = "Shipments")
class LabelController {

    static final MediaType ZPL = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final Labels labels;

    LabelController(Labels labels) {
        this.labels = labels;
    }

    record LabelRequest(List<String> articleNumbers, String format) {
    }

    @PostMapping
    @Operation(summary = "Labels of up to 1,000 shipments in one PDF (a page each) or one ZPL stream",
            security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<byte[]> many(@AuthenticationPrincipal ApiKeys.Principal caller, @RequestBody LabelRequest request) {
        return respond(labels.of(Callers.scope(caller), request.articleNumbers(), LabelFormat.parse(request.format())), "labels");
    }

    static ResponseEntity<byte[]> respond(Labels.Rendered rendered, String name) {
        boolean pdf = rendered.format() == LabelFormat.PDF;
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : ZPL)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + (pdf ? ".pdf" : ".zpl") + "\"")
                .header("X-Label-Count", Integer.toString(rendered.labels()))
                .body(rendered.body());
    }
}
