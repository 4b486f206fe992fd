-- wrk script for the bench tool's --driver wrk: requests come from a pool the tool wrote after setting the scenario
-- up, one line per request: METHOD \t PATH \t AUTHORIZATION \t BODY (a member's token in each, so every request acts
-- as the member it names). Arguments after "--": pool file, mode, offset, threads.
--   random  each request is a line drawn at random (read-me, read-group, read-proposal, vote-hot, raw)
--   once    each thread walks its own share of the lines from the offset on, every line once (checkin: first
--           check-ins); a thread that runs out starts its share again and counts the repeats
-- Every request is formatted once in init, so sending one costs wrk a table lookup. An answer that is not a 200 or
-- carries GraphQL "errors" counts as an error. done() prints one line, "WRK {json}", which the tool reads.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local path, offset, count = args[1], tonumber(args[3]), tonumber(args[4])
  mode = args[2]
  requests, sent, errors = {}, 0, 0
  local index = 0
  for line in io.lines(path) do
    index = index + 1
    if mode == "random" or (index > offset and (index - offset - id) % count == 0) then
      local method, target, auth, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      local headers = {}
      if auth ~= "" then headers["Authorization"] = auth end
      if body == "" then
        body = nil
      else
        headers["Content-Type"] = "application/json"
      end
      requests[#requests + 1] = wrk.format(method, target, headers, body)
    end
  end
  size = #requests
  if size == 0 then
    error("no requests for thread " .. id .. " in " .. path)
  end
  math.randomseed(id * 7919)
end

function request()
  sent = sent + 1
  if mode == "random" then
    return requests[math.random(size)]
  end
  return requests[(sent - 1) % size + 1]
end

function response(status, headers, body)
  if status ~= 200 or (body and body:find('"errors"', 1, true)) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local failed, total, repeats, most = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    local sent, size = thread:get("sent"), thread:get("size")
    failed = failed + thread:get("errors")
    total = total + sent
    if sent > size then repeats = repeats + sent - size end
    if sent > most then most = sent end
  end
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests":%d,"durationUs":%d,"errors":%d,"socketErrors":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d,"sent":%d,"repeats":%d,"mostPerThread":%d}\n',
    summary.requests, summary.duration, failed, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), total, repeats, most))
end
