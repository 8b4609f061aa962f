#!/usr/bin/env node
'use strict'

/*
 * KafkaJS side of tests/e2e/test_record_batches.py.
 *
 *   node records.js produce --bootstrap H:P --topic T --count N [--compression none|gzip]
 *   node records.js consume --bootstrap H:P --topic T --group G --expect N [--timeout-ms MS]
 *
 * produce sends N records to partition 0 in sends of 100, through an idempotent producer:
 * record i has key `k<i>` (null when i % 7 == 0), value `kafkajs-<i>-` followed by i % 50
 * copies of "abcdefgh", and, when i % 3 == 0, headers trace=`t<i>` and empty="".
 * consume reads partition 0 from the beginning until N records arrived.
 * stdout carries one JSON document; logs go to stderr. Exit 0 on success, 1 on error,
 * 3 on timeout. Only the codecs KafkaJS ships (none, gzip) are available here.
 */

const { Kafka, logLevel, CompressionTypes } = require('kafkajs')

function parseArgs (argv) {
  const [mode, ...rest] = argv
  const opts = { mode }
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith('--') || i + 1 >= rest.length) {
      process.stderr.write(`records.js: bad argument ${rest[i]}\n`)
      process.exit(2)
    }
    opts[rest[i].slice(2)] = rest[i + 1]
  }
  return opts
}

function makeKafka (opts, clientId) {
  return new Kafka({
    clientId,
    brokers: [opts.bootstrap],
    logLevel: logLevel.ERROR,
    logCreator: () => ({ namespace, log }) => {
      process.stderr.write(`[kafkajs] ${namespace}: ${log.message}\n`)
    },
    retry: { retries: 8, initialRetryTime: 100, maxRetryTime: 2000 },
  })
}

async function produce (opts) {
  const codecs = { none: CompressionTypes.None, gzip: CompressionTypes.GZIP }
  const compression = codecs[opts.compression || 'none']
  if (compression === undefined) throw new Error(`unsupported compression ${opts.compression}`)
  const producer = makeKafka(opts, 'sluice-records-producer').producer({
    idempotent: true,
    maxInFlightRequests: 1,
    retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 2000 },
  })
  await producer.connect()
  const count = Number(opts.count)
  let acked = 0
  try {
    for (let start = 0; start < count; start += 100) {
      const messages = []
      for (let i = start; i < Math.min(count, start + 100); i++) {
        const message = {
          key: i % 7 === 0 ? null : `k${i}`,
          value: `kafkajs-${i}-` + 'abcdefgh'.repeat(i % 50),
          partition: 0,
        }
        if (i % 3 === 0) message.headers = { trace: `t${i}`, empty: '' }
        messages.push(message)
      }
      await producer.send({ topic: opts.topic, messages, acks: -1, compression })
      acked += messages.length
    }
  } finally {
    await producer.disconnect()
  }
  return { acked }
}

async function consume (opts) {
  const consumer = makeKafka(opts, 'sluice-records-consumer').consumer({
    groupId: opts.group,
    sessionTimeout: 6000,
    heartbeatInterval: 1000,
    maxWaitTimeInMs: 500,
  })
  const expect = Number(opts.expect)
  const records = []
  let reached
  const done = new Promise(resolve => { reached = resolve })
  let crashed = null
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart) { crashed = payload.error; reached() }
  })
  await consumer.connect()
  let timer
  try {
    await consumer.subscribe({ topics: [opts.topic], fromBeginning: true })
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        const headers = {}
        for (const [k, v] of Object.entries(message.headers || {})) headers[k] = v.toString()
        records.push({
          offset: Number(message.offset),
          key: message.key === null ? null : message.key.toString(),
          value: message.value === null ? null : message.value.toString(),
          headers,
        })
        if (records.length >= expect) reached()
      },
    })
    const timedOut = await Promise.race([
      done.then(() => false),
      new Promise(resolve => { timer = setTimeout(() => resolve(true), Number(opts['timeout-ms'] || 60000)) }),
    ])
    if (crashed) throw crashed
    return { records, timedOut }
  } finally {
    clearTimeout(timer)
    await consumer.disconnect().catch(() => {})
  }
}

const opts = parseArgs(process.argv.slice(2))
const modes = { produce, consume }
if (!modes[opts.mode]) {
  process.stderr.write(`records.js: unknown mode ${opts.mode}\n`)
  process.exit(2)
}
modes[opts.mode](opts).then(result => {
  // Exit only once stdout is flushed: a pipe takes 64 KiB at a time.
  process.stdout.write(JSON.stringify(result) + '\n', () => process.exit(result.timedOut ? 3 : 0))
}).catch(e => {
  process.stderr.write(`records.js: ${e && e.stack ? e.stack : e}\n`)
  process.exit(1)
})
