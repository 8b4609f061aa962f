#!/usr/bin/env node
'use strict'

/*
 * KafkaJS end-to-end client for the Sluice gateway tests (tests/e2e/test_kafkajs.py).
 *
 *   node roundtrip.js produce  --bootstrap H:P --topic T --count N [--start 0]
 *                              [--batch-size 500]
 *   node roundtrip.js consume  --bootstrap H:P --topic T --group G --expect M
 *                              [--timeout-ms 60000] [--settle-ms 0] [--session-timeout-ms 6000]
 *   node roundtrip.js metadata --bootstrap H:P --topic T [--group G]
 *   (any mode: [--log-level nothing|error|warn|info|debug], default error)
 *
 * produce sends values `kafkajs-<i>` with keys `k<i>` for i = start .. start+N-1 through an
 * idempotent producer (acks -1, one in-flight request); consume reads the group from the
 * beginning, commits what it consumed and reads the committed offsets back (OffsetFetch).
 *
 * Every option may also come from the environment (--bootstrap -> KAFKAJS_BOOTSTRAP,
 * --timeout-ms -> KAFKAJS_TIMEOUT_MS, ...); the command line wins.
 *
 * stdout carries exactly one JSON document (the result); KafkaJS logs (level ERROR and
 * up) and diagnostics go to stderr.  Every JSON result also lists `brokersSeen`: each
 * "host:port" this client sent a request to, which lets the tests check that nothing
 * leaked past the gateway's address rewriting.  Exit status: 0 on success, 1 on error,
 * 2 on bad usage, 3 on timeout.
 */

const { Kafka, logLevel, Partitioners } = require('kafkajs')

const USAGE =
  'usage: node roundtrip.js produce|consume|metadata --bootstrap HOST:PORT --topic T ' +
  '[--group G] [--count N] [--start S] [--expect M] [--timeout-ms MS] [--settle-ms MS] ' +
  '[--session-timeout-ms MS] [--batch-size B] [--log-level L]'

function fail (message, code = 2) {
  process.stderr.write(`roundtrip.js: ${message}\n${USAGE}\n`)
  process.exit(code)
}

function parseArgs (argv) {
  const [mode, ...rest] = argv
  const opts = {}
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (!arg.startsWith('--')) fail(`unexpected argument ${JSON.stringify(arg)}`)
    const eq = arg.indexOf('=')
    if (eq !== -1) {
      opts[arg.slice(2, eq)] = arg.slice(eq + 1)
    } else {
      if (i + 1 >= rest.length) fail(`missing value for ${arg}`)
      opts[arg.slice(2)] = rest[++i]
    }
  }
  const get = (name, fallback) => {
    if (opts[name] !== undefined) return opts[name]
    const env = process.env['KAFKAJS_' + name.toUpperCase().replace(/-/g, '_')]
    return env !== undefined && env !== '' ? env : fallback
  }
  const int = (name, fallback) => {
    const raw = get(name, fallback)
    const value = Number(raw)
    if (raw === undefined || !Number.isInteger(value) || value < 0) {
      fail(`--${name} must be a non-negative integer, got ${JSON.stringify(raw)}`)
    }
    return value
  }
  const required = name => {
    const value = get(name)
    if (!value) fail(`--${name} is required for mode ${mode}`)
    return value
  }
  if (!['produce', 'consume', 'metadata'].includes(mode)) {
    fail(`unknown mode ${JSON.stringify(mode)}`)
  }
  const args = {
    mode,
    bootstrap: required('bootstrap'),
    topic: required('topic'),
    timeoutMs: int('timeout-ms', 60000),
    logLevel: String(get('log-level', 'error')).toUpperCase(),
  }
  if (!(args.logLevel in logLevel)) fail(`--log-level must be one of ${Object.keys(logLevel)}`)
  if (mode === 'produce') {
    args.count = int('count')
    args.start = int('start', 0)
    args.batchSize = Math.max(1, int('batch-size', 500))
  } else if (mode === 'consume') {
    args.group = required('group')
    args.expect = int('expect', get('count'))
    args.settleMs = int('settle-ms', 0)
    args.sessionTimeoutMs = Math.max(1000, int('session-timeout-ms', 6000))
  } else {
    args.group = get('group', null)
  }
  return args
}

// All KafkaJS logging goes to stderr so stdout stays pure JSON.
const stderrLogCreator = () => ({ namespace, label, log }) => {
  const { message, timestamp, ...extra } = log
  process.stderr.write(
    `${timestamp} [kafkajs ${label}] ${namespace}: ${message} ${JSON.stringify(extra)}\n`
  )
}

function makeKafka (args, clientId) {
  return new Kafka({
    clientId,
    brokers: args.bootstrap.split(',').map(s => s.trim()).filter(Boolean),
    logLevel: logLevel[args.logLevel],
    logCreator: stderrLogCreator,
    connectionTimeout: 5000,
    requestTimeout: 30000,
    retry: { retries: 8, initialRetryTime: 100, maxRetryTime: 2000 },
  })
}

// Record every broker address a client talks to (REQUEST instrumentation events).
function trackBrokers (client, seen) {
  return client.on(client.events.REQUEST, ({ payload }) => {
    if (payload && payload.broker) seen.add(payload.broker)
  })
}

function emit (result) {
  process.stdout.write(JSON.stringify(result) + '\n')
}

async function produce (args, seen) {
  const kafka = makeKafka(args, 'sluice-e2e-kafkajs-producer')
  const producer = kafka.producer({
    idempotent: true, // requires acks=-1 and at most one in-flight request per broker
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
    // An idempotent producer defaults to unlimited retries; bound them so a broken
    // gateway fails the test instead of hanging it.
    retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 2000 },
  })
  trackBrokers(producer, seen)
  await producer.connect()
  let acked = 0
  try {
    const last = args.start + args.count
    for (let start = args.start; start < last; start += args.batchSize) {
      const end = Math.min(last, start + args.batchSize)
      const messages = []
      for (let i = start; i < end; i++) messages.push({ key: `k${i}`, value: `kafkajs-${i}` })
      const results = await producer.sendBatch({
        topicMessages: [{ topic: args.topic, messages }],
        acks: -1,
      })
      for (const r of results) {
        if (r.errorCode) throw new Error(`produce error ${r.errorCode} on ${r.topicName}/${r.partition}`)
      }
      acked += messages.length
    }
  } finally {
    await producer.disconnect()
  }
  emit({ acked, brokersSeen: [...seen].sort() })
}

async function fetchCommitted (kafka, args, seen) {
  const admin = kafka.admin()
  trackBrokers(admin, seen)
  await admin.connect()
  try {
    const [entry] = await admin.fetchOffsets({ groupId: args.group, topics: [args.topic] })
    const committed = {}
    for (const { partition, offset } of entry ? entry.partitions : []) {
      committed[partition] = Number(offset)
    }
    return committed
  } finally {
    await admin.disconnect()
  }
}

async function consume (args, seen) {
  const kafka = makeKafka(args, 'sluice-e2e-kafkajs-consumer')
  const consumer = kafka.consumer({
    groupId: args.group,
    // Short session: the mock cluster mis-parses KafkaJS's LeaveGroup v3 (it reads the v0-2
    // layout), so a departed member lingers until its session expires and the next join
    // of the same group waits for it.
    sessionTimeout: args.sessionTimeoutMs,
    rebalanceTimeout: 30000,
    heartbeatInterval: Math.max(100, Math.floor(args.sessionTimeoutMs / 6)),
    // Short fetch long-poll: stop()/disconnect() waits for in-flight fetches.
    maxWaitTimeInMs: 500,
    retry: { retries: 8, initialRetryTime: 100, maxRetryTime: 2000 },
  })
  trackBrokers(consumer, seen)

  const values = []
  const next = {} // partition -> next offset to consume (= offset to commit)
  let crashed = null
  let reached
  const reachedExpect = new Promise(resolve => { reached = resolve })
  if (args.expect === 0) reached()

  // KafkaJS restarts the consumer itself after retriable crashes (restart: true).
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (payload.restart) {
      process.stderr.write(`roundtrip.js: consumer crashed, restarting: ${payload.error}\n`)
      return
    }
    crashed = payload.error
    reached()
  })

  await consumer.connect()
  try {
    await consumer.subscribe({ topics: [args.topic], fromBeginning: true })
    await consumer.run({
      autoCommit: true, // commits resolved offsets after every batch
      eachMessage: async ({ partition, message }) => {
        values.push(message.value === null ? null : message.value.toString())
        next[partition] = Number(message.offset) + 1
        if (values.length >= args.expect) reached()
      },
    })

    let timer
    const timedOut = new Promise(resolve => {
      timer = setTimeout(() => resolve(true), args.timeoutMs)
    })
    const isTimeout = await Promise.race([reachedExpect.then(() => false), timedOut])
    if (!isTimeout && args.settleMs > 0) {
      // Keep consuming a little longer so surplus records (duplicates, records that a
      // resumed consumer should have skipped) show up in the result.
      await new Promise(resolve => setTimeout(resolve, args.settleMs))
    }
    clearTimeout(timer)
    if (crashed) throw crashed
    if (isTimeout) {
      process.stderr.write(
        `roundtrip.js: timed out after ${args.timeoutMs} ms with ${values.length}/${args.expect} records\n`
      )
    }

    // Commit explicitly what was handed to eachMessage, while still a group member;
    // autoCommit then covers anything delivered between here and disconnect().
    const offsets = Object.entries(next).map(([partition, offset]) => ({
      topic: args.topic,
      partition: Number(partition),
      offset: String(offset),
    }))
    if (offsets.length > 0) await consumer.commitOffsets(offsets)
    await consumer.disconnect() // stops the runner (final auto-commit) and leaves the group

    const committed = await fetchCommitted(kafka, args, seen)
    emit({
      values,
      consumed: values.length,
      committed,
      timedOut: isTimeout,
      brokersSeen: [...seen].sort(),
    })
    return isTimeout ? 3 : 0
  } catch (e) {
    await consumer.disconnect().catch(() => {})
    throw e
  }
}

async function metadata (args, seen) {
  const kafka = makeKafka(args, 'sluice-e2e-kafkajs-admin')
  const admin = kafka.admin()
  trackBrokers(admin, seen)
  await admin.connect()
  try {
    const cluster = await admin.describeCluster()
    const { topics } = await admin.fetchTopicMetadata({ topics: [args.topic] })
    const brokers = cluster.brokers.map(b => ({ nodeId: b.nodeId, address: `${b.host}:${b.port}` }))
    const byId = new Map(brokers.map(b => [b.nodeId, b.address]))
    const controller = byId.get(cluster.controller) || null
    const partitions = []
    for (const t of topics) {
      for (const p of t.partitions) {
        partitions.push({
          topic: t.name,
          partition: p.partitionId,
          leader: p.leader,
          leaderAddress: byId.get(p.leader) || null,
        })
      }
    }
    // DescribeGroups is not supported by the mock cluster; OffsetFetch is sent to the group
    // coordinator found through FindCoordinator, so the REQUEST event for it reveals the
    // coordinator's (rewritten) address.
    let coordinator = null
    if (args.group) {
      const coordinators = new Set()
      const listener = admin.on(admin.events.REQUEST, ({ payload }) => {
        if (payload.apiName === 'OffsetFetch') coordinators.add(payload.broker)
      })
      await admin.fetchOffsets({ groupId: args.group, topics: [args.topic] })
      listener()
      coordinator = [...coordinators][0] || null
    }
    emit({
      clusterId: cluster.clusterId,
      controllerId: cluster.controller,
      controller,
      brokers,
      partitions,
      coordinator,
      brokersSeen: [...seen].sort(),
    })
  } finally {
    await admin.disconnect()
  }
  return 0
}

async function main () {
  const args = parseArgs(process.argv.slice(2))
  const seen = new Set()
  // Overall watchdog: a hung client must not outlive its caller's patience.
  const watchdogMs = args.timeoutMs + 30000
  const watchdog = setTimeout(() => {
    process.stderr.write(`roundtrip.js: ${args.mode} still running after ${watchdogMs} ms, giving up\n`)
    process.exit(3)
  }, watchdogMs)
  watchdog.unref()

  const modes = { produce, consume, metadata }
  const code = await modes[args.mode](args, seen)
  process.exitCode = code || 0
}

main().catch(e => {
  process.stderr.write(`roundtrip.js: ${e && e.stack ? e.stack : e}\n`)
  process.exit(1)
})
