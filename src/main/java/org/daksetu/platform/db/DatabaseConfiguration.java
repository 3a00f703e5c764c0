package org.daksetu.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The platform's one data source. With no database URL configured ({@code DAKSETU_DB_URL} or
 * {@code daksetu.db.url}) it starts a real embedded PostgreSQL whose data directory lives under
 * the working folder, so a fresh clone runs with one command and its data survives a restart.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${daksetu.db.url:}") String url,
            @Value("${daksetu.db.data-dir:var/postgres}") String dataDir,
            @Value("${daksetu.db.port:0}") int port,
            @Value("${daksetu.db.embedded.settings:}") String settings) throws IOException {
        if (StringUtils.hasText(url)) {
            return EmbeddedDatabase.none();
        }
        return EmbeddedDatabase.start(Path.of(dataDir), port, EmbeddedDatabase.parseSettings(settings));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedDatabase embedded,
            @Value("${daksetu.db.url:}") String url,
            @Value("${daksetu.db.username:}") String username,
            @Value("${daksetu.db.password:}") String password,
            @Value("${daksetu.db.pool-size:16}") int poolSize) {
        HikariConfig config = new HikariConfig();
        if (StringUtils.hasText(url)) {
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
            log.info("Using PostgreSQL at {}", url);
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(EmbeddedDatabase.USER);
            log.info("Using embedded PostgreSQL at {} (data in {})", embedded.jdbcUrl(), embedded.dataDirectory());
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("daksetu");
        return new HikariDataSource(config);
    }
}
