package org.daksetu.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/parties")
@Tag(name = "Parties", description = "Shippers and the postal operator (ADMIN)")
class PartyController {

    private final Parties parties;

    PartyController(Parties parties) {
        this.parties = parties;
    }

    record NewParty(String code, String name, String kind) {
    }

    @PostMapping
    @Operation(summary = "Add a shipper", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<Party> add(@RequestBody NewParty party) {
        return ResponseEntity.status(HttpStatus.CREATED).body(parties.add(party.code(), party.name(), party.kind()));
    }

    @GetMapping
    @Operation(summary = "Every party", security = @SecurityRequirement(name = "apiKey"))
    List<Party> list() {
        return parties.list();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One party", security = @SecurityRequirement(name = "apiKey"))
    Party one(@PathVariable String code) {
        return parties.get(code);
    }
}
