package org.daksetu.booking.application;

import java.util.List;

public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}
