-- wrk script for the webhook-ingest benchmark: each wrk thread replays its own file of distinct, correctly signed
-- LINE deliveries ("signature<TAB>body" per line), so every request stores a new event.
local counter = 1
local threads = 0
local deliveries = {}

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1] .. "." .. id) do
    local tab = string.find(line, "\t", 1, true)
    deliveries[#deliveries + 1] = { string.sub(line, 1, tab - 1), string.sub(line, tab + 1) }
  end
end

function request()
  local delivery = deliveries[counter]
  counter = counter + 1
  if counter > #deliveries then counter = 1 end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-Line-Signature"] = delivery[1] },
    delivery[2])
end
