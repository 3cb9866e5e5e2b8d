-- A news day's readers: a fifth on the home pages, three fifths on a hot set of recent
-- stories, the rest on the long tail of the archive. Counts answers served from the page
-- cache (the X-Reader-Cache header the benchmark turns on).
-- Paths come from the files named by HOT_PATHS and TAIL_PATHS.
-- As a browser does, each page with story cards is followed by the fetch of their comment
-- counts (comment-counts.js), built from the page's own slots. The counts address is worked
-- out once per page (known by its canonical link): parsing every body would spend in wrk
-- the CPU the server is measured on.
local hot, tail = {}, {}
local homes = { "/", "/ar" }
local threads = {}

local function read(file, into)
  for line in io.lines(file) do
    if #line > 0 then into[#into + 1] = line end
  end
end

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  read(os.getenv("HOT_PATHS"), hot)
  read(os.getenv("TAIL_PATHS"), tail)
  math.randomseed(os.time() + #threads)
  hits, answers, counts = 0, 0, 0
  queue, known = {}, {}
end

function request()
  if #queue > 0 then
    counts = counts + 1
    return wrk.format("GET", table.remove(queue, 1), { ["User-Agent"] = browser })
  end
  local roll = math.random(100)
  local path
  if roll <= 20 then
    path = homes[math.random(#homes)]
  elseif roll <= 80 then
    path = hot[math.random(#hot)]
  else
    path = tail[math.random(#tail)]
  end
  -- A browser's user agent: the site counts story views of people only (docs/decisions/0012),
  -- so the news day measures the pages with their view counting at work.
  return wrk.format("GET", path, { ["User-Agent"] = browser })
end

browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

-- The counts address comment-counts.js would fetch for this page: its cards' ids, sorted.
local function counts_of(body)
  local from = body:match('data%-counts%-from="([^"]+)"')
  if not from then return nil end
  local ids, seen = {}, {}
  for id in body:gmatch('data%-comments%-of="(%d+)"') do
    local n = tonumber(id)
    if not seen[n] then seen[n] = true; ids[#ids + 1] = n end
  end
  table.sort(ids)
  return from .. "?ids=" .. table.concat(ids, ",")
end

function response(status, headers, body)
  answers = answers + 1
  if headers["X-Reader-Cache"] == "hit" then hits = hits + 1 end
  if status == 200 and headers["Content-Type"] and headers["Content-Type"]:find("text/html", 1, true) then
    local page = body:match('<link rel="canonical" href="([^"]+)"')
    if page then
      if known[page] == nil then known[page] = counts_of(body) or false end
      if known[page] then queue[#queue + 1] = known[page] end
    end
  end
end

function done(summary, latency, requests)
  local h, a, c = 0, 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits")
    a = a + thread:get("answers")
    c = c + thread:get("counts")
  end
  io.write(string.format("cache hits: %d of %d (%.1f%%)\n", h, a, a > 0 and 100 * h / a or 0))
  io.write(string.format("comment counts fetched: %d of the %d answers\n", c, a))
end
