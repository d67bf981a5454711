-- wrk script for bench/load.sh: POST /v1/messages with real sellers' questions (100 texts from
-- eval/cases.yaml, JSON-escaped) and flow answers, across many conversations.
--
-- Each wrk thread keeps CONNS conversations going at once (CONNS = connections per thread, the
-- first script argument), like sellers in IM: a conversation sends its next message only once its
-- last one is answered (the reply echoes the msgId). A conversation is a question then three
-- flow-style answers (是 / 还没 / 2 …) to what the bot asked; then its slot starts a new one.
-- (Until 2026-11-26 the next message of a slot went out with the next free connection, answered
-- or not: a second message then waited in the server for the first one's commit, as the server
-- must do for one conversation, and that counted in the latency.)

local questions = {
  [=[保证金怎么退回来]=],
  [=[保證金怎麼退]=],
  [=[亲～不做了，保证金能退给我吗？？]=],
  [=[保證金退回需要哪幾步]=],
  [=[保证金]=],
  [=[退保证金第一步要关哪些服务]=],
  [=[买家保障下面开了好几个子服务，都得关吗]=],
  [=[关买家保障]=],
  [=[请问一下，买家保障的子服务要一个个关掉吗？]=],
  [=[官方直送点了关闭服务，怎么没有出确认页面]=],
  [=[关直送]=],
  [=[官方直送要先退出哪些才能关闭]=],
  [=[24h发货那个子服务要不要关]=],
  [=[15天发货那个子服务一直关不掉，会不会影响退押金]=],
  [=[发货时效那些子服务（24h/48h那种）能不能不关]=],
  [=[还有没完成的订单，保证金能解冻吗]=],
  [=[保證金解凍條件是什麼]=],
  [=[服务关了押金一直不解冻，是不是还有订单没完结]=],
  [=[保证金解冻后怎么转出]=],
  [=[保證金解凍了怎麼轉出來]=],
  [=[保证金转出后钱到哪了，支付宝里没看到]=],
  [=[急急急！！！保障服务中心的钱怎么转出去呀？]=],
  [=[維權處理結果不認可怎麼辦]=],
  [=[不服判责]=],
  [=[对判责有异议需要提供什么材料]=],
  [=[判决结果有问题，我有新证据怎么办]=],
  [=[活动价设错了太低发不了货被扣分，能申诉吗]=],
  [=[客服操作失误把价格改低了没法发货，申诉能过吗]=],
  [=[產量不夠發不了貨被投訴，申訴會通過嗎]=],
  [=[什么情况下发货扣分可以申诉]=],
  [=[快递公司盖章的证明能拿来申诉吗]=],
  [=[申诉凭证可以自己做一份交上去吗]=],
  [=[申诉交的凭证平台会去核实吗]=],
  [=[支付宝换绑]=],
  [=[支付包账户怎么换]=],
  [=[亲，店铺绑的支付宝想改成公司的，咋弄？]=],
  [=[支付宝帐号换绑入口在哪里？？？]=],
  [=[1688上绑的支付宝能换吗]=],
  [=[买家申请的售后在哪处理]=],
  [=[賣家怎麼查看售後進度]=],
  [=[买家申请退货了我去哪里同意]=],
  [=[在吗？买家申请退款了在哪点同意啊]=],
  [=[看退款]=],
  [=[售后申请放着没处理会自动同意吗]=],
  [=[售后申请超时了会怎么样]=],
  [=[亲 售后这块有啥建议不？？]=],
  [=[怎么预防售后纠纷]=],
  [=[售后纠分怎么预防]=],
  [=[唉 每次退货都因为谁出运费吵起来😩 怎么预防啊]=],
  [=[买家要退货，我要跟他确认哪些信息]=],
  [=[退貨要和買家確認哪些細節]=],
  [=[退货方案电话里谈好了，会不会后面买家不认账]=],
  [=[退货细节]=],
  [=[如何減少投訴]=],
  [=[避免投述有什么方法]=],
  [=[投诉多了会影响店铺纠纷率吗]=],
  [=[运单号填错了怎么改]=],
  [=[運單號如何修改]=],
  [=[自己联系的快递，单号输错了咋改]=],
  [=[已发货订单的运单号还能修改吗]=],
  [=[修改运单号在哪个页面]=],
  [=[已经发货了但没填单号，怎么补]=],
  [=[点了发货没输快递单号，还能补填吗]=],
  [=[运单号忘记填了，在哪里补添]=],
  [=[订单需要补发，运单号怎么改]=],
  [=[重新发了一次货，快递单号要换成新的吗]=],
  [=[少发了货又补寄了一包，单号在哪更新]=],
  [=[在线下单发的快递，运单号怎么改]=],
  [=[線上發貨的運單怎麼撤銷]=],
  [=[在线发货的运单填错了能改吗]=],
  [=[物流平台发货的快递单号怎么修改]=],
  [=[如何退出安心購]=],
  [=[现货安心购服务在哪里关闭]=],
  [=[安心购推出在哪]=],
  [=[安心购的退出入口找了半天没找到😭😭]=],
  [=[已经退出安心购了，为什么还显示安心购状态]=],
  [=[安心够退出了，在途的单子会受影响吗]=],
  [=[亲 退出安心购都好久了 状态咋还没变？？]=],
  [=[怎么开通官方直送]=],
  [=[支付宝怎么提现]=],
  [=[售后运费谁出]=],
  [=[保证金能用来付货款吗]=],
  [=[官方直送运费怎么算]=],
  [=[扣的分多久能清零]=],
  [=[介入率多少算高]=],
  [=[运费模板怎么设置]=],
  [=[支付宝登录密码忘了怎么办]=],
  [=[怎么联系维权小二]=],
  [=[官方直送是什么意思]=],
  [=[吊牌剪了买家还能退货吗]=],
  [=[申诉中心入口在哪]=],
  [=[官方直送的订单怎么发货]=],
  [=[今天天气怎么样]=],
  [=[你是机器人吗]=],
  [=[一加一等于几]=],
  [=[双十一是哪天]=],
  [=[北京到上海坐高铁要多久]=],
  [=[帮我算一下这批货的利润率]=],
  [=[现在几点了]=],
  [=[個人所得稅怎麼算]=],
}

local answers = { "是", "还没", "2", "是的", "没有", "1", "还没有", "好的", "继续", "都关好了" }

local TURNS = 4
local threads = {}
local counter = 1

-- Every wrk run gets its own conversation ids: a repeated (conversationId, msgId) is answered
-- from the store (idempotency), so a rerun against the same server would measure replays.
math.randomseed(os.time())
local run = string.format("%x%04x", os.time(), math.random(0, 65535))

-- Pacing: with RATE set (messages per second for each wrk thread), messages are due at fixed
-- intervals and each one's latency is measured from when it was due, not from when it was sent,
-- so a stall counts against every message it holds back (no coordinated omission). The reply
-- echoes the msgId, which pairs it with its due time. Without RATE: a closed loop, as fast as
-- the connections allow, measured by wrk itself.
local RATE = tonumber(os.getenv("RATE") or "0")
local paced = RATE > 0
local now_ms
if paced then
  local ffi = require("ffi")
  ffi.cdef[[
    typedef struct { long tv_sec; long tv_nsec; } xiaoer_timespec;
    int clock_gettime(int clock, xiaoer_timespec *ts);
  ]]
  local ts = ffi.new("xiaoer_timespec")
  now_ms = function()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
  end
end

function setup(thread)
  thread:set("id", run .. "-" .. counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  conns = tonumber(args[1] or "32")
  n = 0
  interval = paced and 1000 / RATE or 0
  next_due = nil
  due, due_head, due_tail = {}, 1, 0 -- due times handed out by delay(), oldest first
  due_of = {}                        -- msg number -> due time, until its reply
  lat = {}                           -- ms from due to reply
  free, free_head, free_tail = {}, 1, 0 -- conversation slots whose last message is answered, oldest first
  for slot = 0, conns - 1 do
    free_tail = free_tail + 1
    free[free_tail] = slot
  end
  extra = conns    -- the next new slot, when every slot waits for a reply (one that never came)
  slot_of = {}     -- msg number -> its slot, until the reply
  oldest = 0       -- no message below this number still waits for its reply
  turns = {}       -- slot -> messages sent in it
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local slot
  if free_head <= free_tail then
    slot = free[free_head]
    free[free_head] = nil
    free_head = free_head + 1
  else
    slot = extra
    extra = extra + 1
  end
  local turn = turns[slot] or 0
  turns[slot] = turn + 1
  slot_of[n] = slot
  local conversation = math.floor(turn / TURNS)
  local step = turn % TURNS
  local text
  if step == 0 then
    text = questions[(slot * 7 + conversation * 13) % #questions + 1]
  else
    text = answers[(slot + conversation + step) % #answers + 1]
  end
  local cid = "w" .. id .. "-" .. slot .. "-" .. conversation
  local body = '{"conversationId":"' .. cid .. '","msgId":"m' .. n .. '","text":"' .. text .. '"}'
  if paced then
    local d = due[due_head]
    if d then
      due[due_head] = nil
      due_head = due_head + 1
    else
      d = now_ms()
    end
    due_of[n] = d
  end
  n = n + 1
  return wrk.format(nil, "/v1/messages", nil, body)
end

if paced then
  -- wrk asks before each request how many ms to wait: until the next free slot of this thread
  function delay()
    local now = now_ms()
    next_due = next_due or now -- a thread that falls behind stays behind: its lateness is measured
    local d = next_due
    next_due = next_due + interval
    due_tail = due_tail + 1
    due[due_tail] = d
    local wait = d - now
    return wait > 0 and math.ceil(wait) or 0
  end

end

-- A reply frees its conversation's slot. A 200 without a known msgId (bench/BareServer's constant
-- reply) frees the oldest message still waiting, so the state stays bounded. An error frees
-- nothing and counts no latency (wrk counts it as an error): its conversation stays held and a new
-- slot takes its place.
function response(status, headers, body)
  if status ~= 200 then
    return
  end
  local m = tonumber(string.match(body, '"msgId"%s*:%s*"m(%d+)"'))
  if not (m and slot_of[m]) then
    while oldest < n and not slot_of[oldest] do
      oldest = oldest + 1
    end
    m = oldest
  end
  local slot = slot_of[m]
  if slot then
    slot_of[m] = nil
    free_tail = free_tail + 1
    free[free_tail] = slot
  end
  if paced and due_of[m] then
    lat[#lat + 1] = now_ms() - due_of[m]
    due_of[m] = nil
  end
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.status + e.timeout))
  if paced then
    local all = {}
    for _, t in ipairs(threads) do
      for _, v in ipairs(t:get("lat")) do
        all[#all + 1] = v
      end
    end
    table.sort(all)
    local function pct(p)
      return #all == 0 and 0 or all[math.max(1, math.ceil(#all * p / 100))]
    end
    io.write(string.format("PACED target=%.0f/s/thread replies=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
      RATE, #all, #all / secs, pct(50), pct(90), pct(99), pct(100)))
  end
end
