package org.daksetu;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application: every bounded context under {@code org.daksetu}. Started by {@link DakSetu}. */
@SpringBootApplication
public class DakSetuApplication {
}
