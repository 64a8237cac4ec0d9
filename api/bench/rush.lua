-- A rush for wrk: every token in the data file sends the same request once, as many at a time
-- as wrk has connections, each connection sending its next attempt when the last is answered.
-- Prints the attempts per second (first request sent to last answer) and the outcomes, then
-- ends wrk. Api/bench/Rush.java writes the data file and runs it:
--   wrk -t1 -c200 -d300s -s api/bench/rush.lua http://127.0.0.1:8080/graphql -- DATA_FILE
-- DATA_FILE is Lua that sets `tokens` (one bearer token per attempt) and `body` (the request).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } rush_timespec;
  int clock_gettime(int clock, rush_timespec *now);
  int getpid(void);
  int kill(int pid, int signal);
]]

local CLOCK_MONOTONIC, SIGINT = 1, 2

local function seconds()
  local now = ffi.new("rush_timespec")
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now)
  return tonumber(now.tv_sec) + tonumber(now.tv_nsec) / 1e9
end

local sent, answered, began = 0, 0, nil
local outcomes = {}
local checked = false

function init(args)
  dofile(args[1])
end

function request()
  if not checked then
    -- wrk checks the script by calling request() once in its first thread before it starts
    -- (so the rush runs with -t1); that request is never sent
    checked = true
    return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, "{}")
  end
  if sent == #tokens then
    -- every attempt is out: this connection sends nothing more
    return ""
  end
  sent = sent + 1
  began = began or seconds()
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[sent],
  }, body)
end

function response(status, headers, text)
  local outcome = text:match('"code":"([%u_]+)"') or text:match('"status":"([%u_]+)"') or ("HTTP " .. status)
  outcomes[outcome] = (outcomes[outcome] or 0) + 1
  answered = answered + 1
  if answered == #tokens then
    local elapsed = seconds() - began
    local counts = {}
    for name, count in pairs(outcomes) do
      counts[#counts + 1] = name .. "=" .. count
    end
    table.sort(counts)
    print(string.format("rush: %d attempts in %.2f s = %.0f attempts/s; outcomes %s",
      answered, elapsed, answered / elapsed, table.concat(counts, " ")))
    io.stdout:flush()
    ffi.C.kill(ffi.C.getpid(), SIGINT)
  end
end
