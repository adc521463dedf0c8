package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The BrAPI response envelope: {@code metadata} (paging, status, data files) and {@code result}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Brapi<T>(Metadata metadata, T result) {

    static final String BASE = "/brapi/v2";
    static final String VERSION = "2.1";

    /** A single object (no paging). */
    static <T> Brapi<T> single(T result) {
        return new Brapi<>(new Metadata(null, List.of(), List.of()), result);
    }

    /** One page of a list: {@code result.data} and the pagination of that page. */
    static <T> Brapi<Data<T>> page(List<T> data, Paging paging, long totalCount) {
        return new Brapi<>(new Metadata(paging.pagination(totalCount), List.of(), List.of()), new Data<>(data));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Metadata(@Nullable Pagination pagination, List<Status> status, List<Object> datafiles) {}

    record Pagination(int currentPage, int pageSize, long totalCount, long totalPages) {}

    record Status(String message, String messageType) {}

    record Data<T>(List<T> data) {}
}
