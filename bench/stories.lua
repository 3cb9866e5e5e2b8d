-- Rotates requests over many story pages, read from the file named by STORY_PATHS.
local paths = {}
local counter = 0

function init(args)
  local file = os.getenv("STORY_PATHS")
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
