-- Orthanc gives every registered user every right; this filter makes the PACS subgraph's
-- account read-only (QIDO-RS and WADO-RS are GETs), while the seeder's admin may store studies.
function IncomingHttpRequestFilter(method, uri, ip, username, httpHeaders)
  if username == 'medfuse_reader' then
    return method == 'GET'
  end
  return true
end
