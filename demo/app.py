"""Accounts service (Flask + requests): status codes in returns, aborts and comparisons."""
from flask import Flask, abort, jsonify, request
import requests

app = Flask(__name__)
USERS = {"ada": {"name": "Ada Lovelace"}}


@app.get("/users/<name>")
def get_user(name):
    user = USERS.get(name)
    if user is None:
        abort(404)
    return jsonify(user), 200


@app.post("/users")
def create_user():
    payload = request.get_json(silent=True)
    if not payload or "name" not in payload:
        return jsonify(error="name is required"), 422
    if payload["name"] in USERS:
        return jsonify(error="taken"), 409
    USERS[payload["name"]] = payload
    return jsonify(payload), 201


@app.get("/avatar/<name>")
def avatar(name):
    reply = requests.get(f"https://avatars.example.com/{name}", timeout=5)
    if reply.status_code == 429:
        return jsonify(error="avatar service is rate limiting us"), 503
    if reply.status_code >= 500:
        return jsonify(error="avatar service failed"), 502
    return reply.content, reply.status_code
