-- BrAPI saved searches (the "store the request" form of BrAPI's Search_Services.md): a POST
-- /brapi/v2/search/{kind} too large for one page answers 202 with this row's id, and each GET
-- /brapi/v2/search/{kind}/{id} runs the stored request again against the registry's own tables and
-- libraries, so no search result is copied. Rows older than a week are removed when a search is saved.
CREATE TABLE brapi_search (
    id          uuid        PRIMARY KEY,
    kind        varchar(16) NOT NULL CHECK (kind IN ('germplasm', 'callsets', 'variants', 'calls', 'allelematrix')),
    request     jsonb       NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX brapi_search_created ON brapi_search (created_at);
