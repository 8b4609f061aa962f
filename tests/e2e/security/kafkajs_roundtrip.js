#!/usr/bin/env node
'use strict'

/*
 * KafkaJS through a secured gateway: produce N records, consume them with a group,
 * commit, and print one JSON document: {consumed: [...], committed: [...], brokers: [...]}.
 *
 *   node kafkajs_roundtrip.js CONFIG_JSON
 *
 * CONFIG_JSON: {bootstrap, topic, group, count, client: {ssl, sasl}} (client: the options
 * built by tests/e2e/security/clients.py kafkajs_config).
 */

const { Kafka, logLevel, Partitioners } = require('kafkajs')

async function main () {
  const cfg = JSON.parse(process.argv[2])
  const kafka = new Kafka({
    clientId: 'sluice-kafkajs-tls',
    brokers: [cfg.bootstrap],
    logLevel: logLevel.ERROR,
    retry: { retries: 8, initialRetryTime: 200 },
    ...cfg.client
  })
  const brokersSeen = new Set()
  const producer = kafka.producer({
    idempotent: true, maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner
  })
  await producer.connect()
  const batch = 500
  for (let start = 0; start < cfg.count; start += batch) {
    const messages = []
    for (let i = start; i < Math.min(cfg.count, start + batch); i++) {
      messages.push({ key: `k${i}`, value: `kafkajs-${i}` })
    }
    await producer.send({ topic: cfg.topic, acks: -1, messages })
  }
  await producer.disconnect()

  const consumer = kafka.consumer({ groupId: cfg.group, sessionTimeout: 6000,
    heartbeatInterval: 500 })
  await consumer.connect()
  await consumer.subscribe({ topic: cfg.topic, fromBeginning: true })
  const consumed = []
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timeout after ${consumed.length}`)), 60000)
    consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        consumed.push(message.value.toString())
        await consumer.commitOffsets([{ topic, partition,
          offset: (BigInt(message.offset) + 1n).toString() }])
        if (consumed.length >= cfg.count) { clearTimeout(timer); resolve() }
      }
    }).catch(reject)
  })
  const admin = kafka.admin()
  await admin.connect()
  const committed = await admin.fetchOffsets({ groupId: cfg.group, topics: [cfg.topic] })
  const cluster = await admin.describeCluster()
  for (const b of cluster.brokers) brokersSeen.add(`${b.host}:${b.port}`)
  await admin.disconnect()
  await consumer.disconnect()
  process.stdout.write(JSON.stringify({ consumed, committed, brokers: [...brokersSeen] }))
}

main().catch(err => { process.stderr.write(`${err.stack || err}\n`); process.exit(1) })
