ARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# rulei# syntax=docker/dockerfile:1
# escape=\
ARG NODE_VERSION=20.18
FROM node:${NODE_VERSION}-bookworm-slim
RUN <<EOF
set -e
npm --version
EOF
USER node
d: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROMARG PYTHON=python:3
# ruleid: container-pin-images
FROM node AS assets
RUN npm ci

# ok: container-pin-images
FROM ${PYTHON}
COPY --from=assets /app/public /app/public
